/**
 * tar archives (ustar, pax, GNU) with tar-stream. Regular files become children; directories, links and
 * devices are skipped. Limits as in zip.ts: an over-size member is recorded with error {reason:'limit'}
 * (and skipped without buffering); too many members or too many bytes in total stop with ExtractError.
 */
import { extract } from 'tar-stream';
import { Budget, uniqueName, unsafeName } from './zip.js';
import { ExtractError, type Child, type Extractor } from './types.js';

export const extractTar: Extractor = async ({ bytes, limits }) => {
  const budget = new Budget(limits, 'tar');
  const children: Child[] = [];
  const seen = new Set<string>();
  const ex = extract();
  ex.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    for await (const entry of ex) {
      const h = entry.header;
      if (h.type !== 'file' && h.type !== 'contiguous-file') {
        entry.resume();
        continue;
      }
      budget.child();
      const name = uniqueName(seen, h.name); // appended updates repeat a name: ' (2)'
      const size = h.size ?? 0;
      const error = unsafeName(h.name)
        ? { reason: 'unsafe' as const, message: `unsafe member name '${h.name}'` }
        : budget.refuse(size);
      if (error) {
        entry.resume();
        children.push({ name, error });
        continue;
      }
      budget.add(size);
      const data = new Uint8Array(size);
      let at = 0;
      for await (const chunk of entry) {
        data.set(chunk as Buffer, at);
        at += (chunk as Buffer).length;
      }
      children.push({ name, bytes: data });
    }
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    const message = (e as Error).message;
    throw new ExtractError(/unexpected end/i.test(message) ? 'truncated' : 'corrupt', `tar: ${message}`);
  }
  return { text: '', method: 'none', metadata: { members: children.length }, children };
};
