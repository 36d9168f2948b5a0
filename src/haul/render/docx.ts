/**
 * Word documents (letters, memos, reports) from a `TextBody`, via the `docx` library. Arabic bodies are laid out
 * right-to-left with an Arabic complex-script font, as an Arabic Word install would write them.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { Lang, Renderer } from '../spec.js';
import { normaliseOoxml } from './ooxml-normalise.js';

const LANGUAGE: Record<Lang, string> = { ar: 'ar-SA', en: 'en-GB', fr: 'fr-FR' };

export const renderDocx: Renderer<'docx'> = async (spec) => {
  const { body, meta } = spec;
  const rtl = body.lang === 'ar';
  const language = { value: LANGUAGE[body.lang], ...(rtl ? { bidirectional: 'ar-SA' } : {}) };
  const runStyle: Partial<IRunOptions> = rtl
    ? { rightToLeft: true, font: { ascii: 'Arial', hAnsi: 'Arial', cs: 'Traditional Arabic' }, language }
    : { language };
  const paragraph = (text: string, extra: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bold?: boolean } = {}) =>
    new Paragraph({
      ...(extra.heading ? { heading: extra.heading } : {}),
      ...(rtl ? { bidirectional: true, alignment: AlignmentType.RIGHT } : {}),
      children: [new TextRun({ ...runStyle, text, ...(extra.bold ? { bold: true, boldComplexScript: true } : {}) })],
    });

  const children = [
    ...(body.heading !== undefined ? [paragraph(body.heading, { bold: true })] : []),
    paragraph(body.title, { heading: HeadingLevel.HEADING_1 }),
    ...body.paragraphs.map((p) => paragraph(p)),
  ];
  const doc = new Document({
    creator: meta.author,
    lastModifiedBy: meta.author,
    title: meta.title,
    description: meta.title,
    styles: { default: { document: { run: { language, ...(rtl ? { rightToLeft: true } : {}) } } } },
    sections: [{ children }],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return normaliseOoxml(bytes, meta);
};
