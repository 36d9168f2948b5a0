/**
 * IP addresses, validated and canonicalised by ipaddr.js: IPv4 dotted quads (Arabic-Indic digits too) and
 * IPv6 (RFC 5952 form; IPv4-mapped ones as ::ffff:a.b.c.d). Version numbers look like dotted quads, so a quad
 * inside a longer dotted run ("1.2.3.4.5"), glued to letters ("v1.2.3.4"), after a version word, on an
 * X-Mailer or User-Agent line, or with single-digit first three parts and no address cue before it on its
 * line ("git-send-email 1.6.5.3", "ecelerity 2.2.2.39") is rejected.
 */

import ipaddr from 'ipaddr.js';
import { foldDigits, lineEndOf, lineStartOf, makeMention } from './digits.js';
import type { Mention, Recogniser } from './types.js';

const IPV4 = /(?<![\p{L}\p{N}_.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\p{L}\p{N}_]|\.\d)/gu;
/** Hex digits, colons and dots, bounded so that a long hex dump cannot make the search quadratic. */
const IPV6 = /(?=[0-9A-Fa-f]{0,4}:)(?<![\p{L}\p{N}_:.])[0-9A-Fa-f:.]{3,45}(?![\p{L}\p{N}_:])/gu;

const VERSION_BEFORE = /(?:\b(?:v|ver|version|release|build|rev|revision|firmware|update)\.?\s*[:=]?\s*|[vV])$/i;
const SOFTWARE_HEADER = /^(?:x-mailer|user-agent|x-user-agent|x-newsreader|server|x-powered-by)\s*:/i;
const ADDRESS_CUE =
  /\b(?:ip|ipv4|ipv6|address|addr|adresse|host|server|serveur|from|by|via|proxy|gateway|dns|ping|connect(?:ed|ion)?|login|client|src|dst|source|destination|inet)\b|\[$|عنوان|آي ?بي|اي ?بي|الخادم|السيرفر/i;

function lineAround(text: string, index: number): { line: string; before: string } {
  const lineStart = lineStartOf(text, index);
  return { line: text.slice(lineStart, lineEndOf(text, index)), before: text.slice(lineStart, index) };
}

function ipv4Mention(text: string, start: number, folded: string): Mention | undefined {
  if (!ipaddr.IPv4.isValidFourPartDecimal(folded)) return undefined;
  const { line, before } = lineAround(text, start);
  if (VERSION_BEFORE.test(before.slice(-20)) || SOFTWARE_HEADER.test(line)) return undefined;
  // "2.2.2.39", "1.6.5.3": small leading parts are the shape of version numbers.
  const singleDigits = folded.split('.').slice(0, 3).every((octet) => octet.length === 1);
  if (singleDigits && !ADDRESS_CUE.test(before.slice(-40))) return undefined;
  const value = ipaddr.IPv4.parse(folded).toString();
  return makeMention(text, 'ip', start, start + folded.length, value, 'ip', singleDigits ? 0.6 : 0.9, { version: 4 });
}

function ipv6Mention(text: string, start: number, token: string): Mention | undefined {
  const surface = token.replace(/\.+$/, '');
  // "a::b" and "12:30::" are valid addresses but far likelier code or times: ask for one group of 3+ hex digits.
  if (!/[0-9A-Fa-f]{3}/.test(surface) || (surface.match(/:/g) ?? []).length < 2) return undefined;
  if (!ipaddr.IPv6.isValid(surface)) return undefined;
  const address = ipaddr.IPv6.parse(surface);
  const value = address.isIPv4MappedAddress() ? `::ffff:${address.toIPv4Address().toString()}` : address.toRFC5952String();
  return makeMention(text, 'ip', start, start + surface.length, value, 'ip', 0.9, { version: 6 });
}

export const ipRecogniser: Recogniser = {
  name: 'ip',
  version: 1,
  types: ['ip'],
  recognise(text: string): Mention[] {
    const v6: Mention[] = [];
    if (text.includes(':')) {
      for (const m of text.matchAll(IPV6)) {
        const mention = ipv6Mention(text, m.index ?? 0, m[0]);
        if (mention) v6.push(mention);
      }
    }
    const v4: Mention[] = [];
    for (const m of foldDigits(text).matchAll(IPV4)) {
      const mention = ipv4Mention(text, m.index ?? 0, m[0]);
      // The dotted tail of an IPv4-mapped IPv6 address is part of that address.
      if (mention && !v6.some((a) => a.start <= mention.start && mention.end <= a.end)) v4.push(mention);
    }
    return [...v4, ...v6].sort((a, b) => a.start - b.start);
  },
};
