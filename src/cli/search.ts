/** `ariadne search QUERY`: ranked hits with highlighted snippets and their offsets in the exact text. */
import type { Command } from 'commander';
import { search } from '../search/search.js';
import { jsonl, openCase, out, short, withCase } from './case-option.js';

export function registerSearch(program: Command): void {
  withCase(program.command('search').argument('<query...>', 'words, "phrases", OR, NOT/-word, prefix*, type: lang: source: entity: country: from: to: path:'))
    .description('full-text search with Arabic normalisation and stemming, BM25 ranking and snippets')
    .option('--type <type>', 'pdf, word, sheet, email, chat, html, text, image, archive, or a media type')
    .option('--lang <code>', 'language (ar, en, fr, ...)')
    .option('--source <label>', 'only this source')
    .option('--entity <id>', 'documents naming this entity (per-…, org-…: see `ariadne entities`)')
    .option('--country <code>', 'documents triage gave a verdict for this country (ISO alpha-2, e.g. SY)')
    .option('--from <date>', 'documents dated on or after (YYYY-MM-DD)')
    .option('--to <date>', 'documents dated on or before (YYYY-MM-DD)')
    .option('--limit <n>', 'hits to show (default 20)', (v) => Number.parseInt(v, 10), 20)
    .option('--json', 'JSON Lines, one hit per line', false)
    .action((words: string[], o: { case?: string; type?: string; lang?: string; source?: string; entity?: string; country?: string; from?: string; to?: string; limit: number; json: boolean }) => {
      const store = openCase(o);
      const { hits, ms } = search(store, words.join(' '), { ...o });
      store.close();
      if (o.json) return jsonl(hits);
      out(`${hits.length} hits in ${ms.toFixed(1)} ms`);
      for (const h of hits) {
        const p = h.paths[0];
        out(`\n${short(h.id)}  ${h.title ?? ''}  (${h.mime}; ${h.languages.join('+')})  ${p ? `${p.source}:${p.path}${p.chain.length ? ' » ' + p.chain.join(' » ') : ''}` : ''}${h.paths.length > 1 ? `  +${h.paths.length - 1} more` : ''}`);
        for (const s of h.snippets) {
          let text = '';
          let at = s.start;
          for (const hl of s.highlights) {
            text += s.text.slice(at - s.start, hl.start - s.start) + '\u001b[1;33m' + s.text.slice(hl.start - s.start, hl.end - s.start) + '\u001b[0m';
            at = hl.end;
          }
          text += s.text.slice(at - s.start);
          out(`  [${s.start}-${s.end}] …${text.replace(/\s+/g, ' ')}…`);
        }
      }
    });
}
