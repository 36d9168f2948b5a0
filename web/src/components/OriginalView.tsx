import { lazy, Suspense, useState } from 'react';

/** pdf.js is loaded only when a PDF is shown. */
const PdfPages = lazy(() => import('./PdfPages').then((m) => ({ default: m.PdfPages })));
import { Link } from 'react-router-dom';
import { api, type DocumentDetail, type EmailStructure } from '../api';
import { fmtDate } from '../format';


const list = (v: string[] | string | undefined): string => (Array.isArray(v) ? v.join(', ') : (v ?? ''));

export function EmailHeaders({ email }: { email: EmailStructure }) {
  const rows: [string, string | undefined][] = [
    ['From', email.from],
    ['To', list(email.to)],
    ['Cc', list(email.cc)],
    ['Date', email.date ? fmtDate(email.date) : undefined],
    ['Subject', email.subject],
    ['Message-ID', email.messageId],
    ['In-Reply-To', email.inReplyTo],
  ];
  return (
    <div className="email" data-testid="email-headers">
      <dl className="kv">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd dir="auto">{v}</dd>
            </div>
          ))}
      </dl>
      {email.attachments && email.attachments.length > 0 && (
        <div className="attachments" data-testid="email-attachments">
          <h4>Attachments</h4>
          <ul>
            {email.attachments.map((a, i) => {
              if (typeof a === 'string') return <li key={i} dir="auto">{a}</li>;
              const name = a.filename ?? a.name ?? a.sha256?.slice(0, 12) ?? `attachment ${i + 1}`;
              return (
                <li key={i}>
                  📎 {a.sha256 ? <Link to={`/documents/${a.sha256}`} dir="auto">{name}</Link> : <bdi dir="auto">{name}</bdi>}
                  {a.mime && <span className="muted small"> · {a.mime}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}

function Sheets({ sheets }: { sheets: { name: string; rows: (string | number | null)[][] }[] }) {
  const [i, setI] = useState(0);
  const sheet = sheets[Math.min(i, sheets.length - 1)];
  return (
    <div className="sheets" data-testid="doc-sheets">
      <div role="tablist" className="tabs">
        {sheets.map((s, j) => (
          <button key={j} role="tab" type="button" aria-selected={j === i} className={j === i ? 'on' : undefined} data-testid="sheet-tab" onClick={() => setI(j)} dir="auto">
            {s.name}
          </button>
        ))}
      </div>
      {sheet && (
        <div className="table-wrap sheet" role="tabpanel">
          <table className="data">
            <tbody>
              {sheet.rows.map((r, ri) => (
                <tr key={ri}>
                  <th className="rownum">{ri + 1}</th>
                  {r.map((c, ci) => (
                    <td key={ci} dir="auto" className={typeof c === 'number' ? 'num' : undefined}>
                      {c === null ? '' : String(c)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Chat({ messages }: { messages: { sender: string; at: string | null; text: string }[] }) {
  const senders = [...new Set(messages.map((m) => m.sender))];
  return (
    <ol className="chat" data-testid="doc-chat">
      {messages.map((m, i) => (
        <li key={i} className={`bubble s${senders.indexOf(m.sender) % 4}`}>
          <div className="bubble-head">
            <strong dir="auto">{m.sender}</strong> <time className="muted small">{fmtDate(m.at)}</time>
          </div>
          <div dir="auto" className="bubble-text">
            {m.text}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** The original: the PDF or image itself, or the structure of an email, a workbook or a chat. */
export function OriginalView({ detail }: { detail: DocumentDetail }) {
  const { document: d, structure } = detail;
  const id = d.sha256;
  let body: React.ReactNode;
  if (d.mime === 'application/pdf')
    body = (
      <Suspense fallback={<p className="muted">Drawing the PDF…</p>}>
        <PdfPages url={api.originalUrl(id, true)} />
      </Suspense>
    );
  else if (d.mime.startsWith('image/')) body = <img src={api.originalUrl(id, true)} alt={d.title ?? 'original image'} className="original-img" />;
  else if (structure?.sheets && structure.sheets.length > 0) body = <Sheets sheets={structure.sheets} />;
  else if (structure?.messages && structure.messages.length > 0) body = <Chat messages={structure.messages} />;
  else if (structure?.email) body = null;
  else body = <p className="muted">No preview for this type ({d.mime}); download the original below.</p>;
  return (
    <div className="original" data-testid="doc-original">
      {structure?.email && <EmailHeaders email={structure.email} />}
      {body}
      <p>
        <a href={api.originalUrl(id)} download data-testid="doc-download">
          ⤓ Download the original
        </a>{' '}
        {(d.mime === 'application/pdf' || d.mime.startsWith('image/') || d.mime.startsWith('text/')) && (
          <a href={api.originalUrl(id, true)} target="_blank" rel="noreferrer">
            open in a new tab
          </a>
        )}
      </p>
    </div>
  );
}
