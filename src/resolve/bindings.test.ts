import { describe, expect, it } from 'vitest';
import { bindSelectors } from './bindings.js';

describe('bindSelectors', () => {
  const at = (text: string, s: string, id: number) => ({ id, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  it('binds an address to the name written before it on its line, not to a name on another line', () => {
    const text = 'From: أبو زكريا <abu.zakariya@example.org>\nTo: Khalid Yusuf al-Rawi';
    const persons = [at(text, 'أبو زكريا', 1), at(text, 'Khalid Yusuf al-Rawi', 2)];
    const email = { ...at(text, 'abu.zakariya@example.org', 10), type: 'email', value: 'abu.zakariya@example.org' };
    expect(bindSelectors(text, persons, [email])).toEqual([{ mention: 1, selector: 'email:abu.zakariya@example.org' }]);
  });

  it('takes the nearest name, and none when the selector is too far', () => {
    const text = `Nabil al-Shammari and Omar Hadi: +964 770 123 4567. ${'x'.repeat(50)} +964 771 000 0000`;
    const persons = [at(text, 'Nabil al-Shammari', 1), at(text, 'Omar Hadi', 2)];
    const near = { ...at(text, '+964 770 123 4567', 10), type: 'phone', value: '+9647701234567' };
    const far = { ...at(text, '+964 771 000 0000', 11), type: 'phone', value: '+9647710000000' };
    expect(bindSelectors(text, persons, [near, far])).toEqual([{ mention: 2, selector: 'phone:+9647701234567' }]);
  });
});
