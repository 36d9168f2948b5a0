/**
 * URLs and domains. Links with a scheme ("https://…", "ftp://…", "//…") are found by linkify-it; host names
 * written without one ("www.example.org/page", "example.org") by a label pattern, kept only when tldts knows
 * their public suffix (ICANN section). The registrable domain comes from tldts ("news.bbc.co.uk" → bbc.co.uk).
 * A URL yields a 'url' mention (value as written) and a 'domain' mention over the registrable part of its host;
 * a bare host name yields only the 'domain'. Not found: the domain of an e-mail address (that is the e-mail),
 * hosts under reserved or unknown suffixes (".example", ".local"), file names whose extension is also a
 * top-level domain ("setup.py", "notes.zip"), and DTD and XML-namespace URLs of markup boilerplate.
 * Host names in non-Latin scripts are only found inside links with a scheme.
 */

import { LinkifyIt } from 'linkify-it';
import { parse as parseHost } from 'tldts';
import { makeMention } from './digits.js';
import type { Mention, Recogniser } from './types.js';

const linkify = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false, urlAuth: true });

/** Dot-separated labels ending in an alphabetic one, not part of an e-mail address, a path or a longer name. */
const HOST =
  /(?<![A-Za-z0-9_@.\-/\\])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9_\-@]|\.[A-Za-z0-9])/g;
/** A path, query or fragment right after a host, up to white space or a character that cannot be in a URL. */
const PATH = /^(?::\d{1,5})?[/?#][^\s<>"'`{}|\\^\u0600-\u06FF]*/;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]}]+$/;

/**
 * Top-level domains that, after a name without "www." or a path, are far more often a file extension
 * ("setup.py", "notes.zip") or a field of a structure in code ("pvec.nr", "user.id").
 */
const FILE_OR_FIELD_SUFFIXES = new Set(['py', 'md', 'sh', 'pl', 'rs', 'cc', 'so', 'ps', 'ai', 'mo', 'pm', 'ml', 'mk', 'am', 'as', 'in', 'im', 'sc', 'ms', 'zip', 'mov', 'pro', 'tk', 'nr', 'id', 'no', 'to', 'is', 'it']);

/** A URL inside a DOCTYPE declaration or an xmlns / schemaLocation attribute: markup boilerplate. */
function isMarkupBoilerplate(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 400), start);
  const tagStart = before.lastIndexOf('<');
  if (tagStart < 0 || before.lastIndexOf('>') > tagStart) return false;
  const tag = before.slice(tagStart);
  return /^<!DOCTYPE/i.test(tag) || /(?:xmlns(?::[\w.-]+)?|schemaLocation)\s*=\s*["']?[^"']*$/i.test(tag);
}

/** The registrable domain of `host` (as written at `hostStart`), as a mention over its last labels. */
function domainMention(text: string, hostStart: number, host: string, confidence: number): Mention | undefined {
  const name = host.replace(/\.$/, '');
  const parsed = parseHost(name);
  if (!parsed.isIcann || parsed.isIp || !parsed.domain) return undefined;
  const domain = parsed.domain.toLowerCase();
  if (!name.toLowerCase().endsWith(domain)) return undefined;
  const end = hostStart + name.length;
  return makeMention(text, 'domain', end - domain.length, end, domain, 'url', confidence);
}

/** [start, end) of the host inside a link with a scheme, skipping user information and the port. */
function hostOf(raw: string): [number, number] | undefined {
  const scheme = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.exec(raw);
  const at = scheme ? scheme[0].length : 0;
  const authorityEnd = raw.slice(at).search(/[/?#]/);
  const authority = authorityEnd < 0 ? raw.slice(at) : raw.slice(at, at + authorityEnd);
  const hostStart = at + authority.lastIndexOf('@') + 1;
  const host = raw.slice(hostStart, at + authority.length).replace(/:\d*$/, '');
  return host && !host.startsWith('[') ? [hostStart, hostStart + host.length] : undefined;
}

function linksWithScheme(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const m of linkify.match(text) ?? []) {
    if (m.schema === 'mailto:' || isMarkupBoilerplate(text, m.index)) continue;
    const raw = text.slice(m.index, m.lastIndex);
    mentions.push(makeMention(text, 'url', m.index, m.lastIndex, raw, 'url', 0.95));
    const host = hostOf(raw);
    const domain = host && domainMention(text, m.index + host[0], raw.slice(host[0], host[1]), 0.9);
    if (domain) mentions.push(domain);
  }
  return mentions;
}

function hostsWithoutScheme(text: string, taken: readonly Mention[]): Mention[] {
  const mentions: Mention[] = [];
  for (const m of text.matchAll(HOST)) {
    const start = m.index ?? 0;
    const host = m[0];
    if (taken.some((t) => t.start <= start && start < t.end)) continue;
    const path = (PATH.exec(text.slice(start + host.length, start + host.length + 2048))?.[0] ?? '').replace(TRAILING_PUNCTUATION, '');
    const isUrl = path.length > 1 || /^www\./i.test(host);
    const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
    if (!isUrl && FILE_OR_FIELD_SUFFIXES.has(tld)) continue;
    const domain = domainMention(text, start, host, isUrl ? 0.85 : 0.75);
    if (!domain) continue;
    if (isUrl) {
      const end = start + host.length + path.length;
      mentions.push(makeMention(text, 'url', start, end, text.slice(start, end), 'url', 0.85));
    }
    mentions.push(domain);
  }
  return mentions;
}

export const urlRecogniser: Recogniser = {
  name: 'url',
  version: 1,
  types: ['url', 'domain'],
  recognise(text: string): Mention[] {
    if (!text.includes('.')) return [];
    const withScheme = text.includes('//') ? linksWithScheme(text) : [];
    const urls = withScheme.filter((m) => m.type === 'url');
    return [...withScheme, ...hostsWithoutScheme(text, urls)].sort((a, b) => a.start - b.start);
  },
};
