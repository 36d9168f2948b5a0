import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ipRecogniser } from './ip.js';

const SAMPLES = new URL('../../../shared/data/samples/', import.meta.url).pathname;

function ips(text: string) {
  const mentions = ipRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.start, m.end, m.surface, m.value, m.attrs?.version]);
}

describe('IP recogniser', () => {
  it('reads IPv4 addresses in mail headers and Arabic-Indic digits', () => {
    expect(ips('Received: from sirius.lasnet.de (sirius.lasnet.de [78.47.116.19])')).toEqual([[51, 63, '78.47.116.19', '78.47.116.19', 4]]);
    expect(ips('عنوان الخادم: ١٩٢٫١٦٨٫١٫١')).toEqual([[14, 25, '١٩٢٫١٦٨٫١٫١', '192.168.1.1', 4]]);
    expect(ips('DNS server 8.8.8.8;')).toEqual([[11, 18, '8.8.8.8', '8.8.8.8', 4]]);
  });

  it('rejects version numbers that look like addresses', () => {
    expect(ips('X-Mailer: git-send-email 1.6.5.3')).toEqual([]);
    expect(ips('\t(ecelerity 2.2.2.39 r()) with ESMTP')).toEqual([]);
    expect(ips('version 1.2.3.4, v10.0.0.1, 1.2.3.4.5 and 10.0.0.256')).toEqual([]);
  });

  it('reads IPv6 addresses in canonical form and leaves code, times and MAC addresses alone', () => {
    const text = 'Host: [2607:f8b0:400e:c00::22b] ::ffff:192.168.1.1 FE80:0:0:0:1FF:FE23:4567:890A std::vector a::b 12:30:45 00:1A:2B:3C:4D:5E';
    expect(ips(text)).toEqual([
      [7, 30, '2607:f8b0:400e:c00::22b', '2607:f8b0:400e:c00::22b', 6],
      [32, 50, '::ffff:192.168.1.1', '::ffff:192.168.1.1', 6],
      [51, 80, 'FE80:0:0:0:1FF:FE23:4567:890A', 'fe80::1ff:fe23:4567:890a', 6],
    ]);
  });

  it('reads the addresses of real mail headers and not the mail software versions', () => {
    const mixed = readFileSync(`${SAMPLES}formats/testRFC822-mixed-with-pdf-inline`, 'utf8');
    expect(ips(mixed)).toContainEqual([1831, 1854, '2607:f8b0:400e:c00::22b', '2607:f8b0:400e:c00::22b', 6]);
    const lkml = readFileSync(`${SAMPLES}email/lkml-maildir/cur/1354585346.000260:2,`, 'utf8');
    expect(ips(lkml).map((i) => i[3])).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1', '78.47.116.19', '91.3.74.246']);
    const ecelerity = readFileSync(`${SAMPLES}email/lkml-maildir/cur/1382298587.001887:2,`, 'utf8');
    expect(ecelerity.slice(2213, 2231)).toBe('ecelerity 2.2.2.39');
    expect(ips(ecelerity).filter((i) => i[0] === 2223)).toEqual([]);
  });
});
