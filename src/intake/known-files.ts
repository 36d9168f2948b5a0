/**
 * Known-file hash sets: NSRL RDS CSV ("SHA-1","MD5","CRC32","FileName",...) or plain lists of MD5, SHA-1 or SHA-256
 * hashes, one per line (anything after the hash is taken as a name). Pure: text in, hashes out.
 */
export function parseHashList(text: string): { hash: string; name?: string }[] {
  const out: { hash: string; name?: string }[] = [];
  const lines = text.split(/\r?\n/);
  const header = lines[0] ?? '';
  if (/"SHA-1"\s*,\s*"MD5"/i.test(header)) {
    for (const line of lines.slice(1)) {
      const m = /^"([0-9A-Fa-f]{40})","([0-9A-Fa-f]{32})","[^"]*","([^"]*)"/.exec(line);
      if (!m) continue;
      out.push({ hash: (m[1] as string).toLowerCase(), name: m[3] as string }, { hash: (m[2] as string).toLowerCase(), name: m[3] as string });
    }
    return out;
  }
  for (const line of lines) {
    const m = /^\s*([0-9A-Fa-f]{64}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{32})\b\s*[,;\t ]?\s*(.*)$/.exec(line);
    if (!m) continue;
    const name = (m[2] as string).trim();
    out.push(name ? { hash: (m[1] as string).toLowerCase(), name } : { hash: (m[1] as string).toLowerCase() });
  }
  return out;
}
