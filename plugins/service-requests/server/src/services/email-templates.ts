import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATES_DIR } from '../paths';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

type Compiled = { subject: Handlebars.TemplateDelegate; html: Handlebars.TemplateDelegate; text: Handlebars.TemplateDelegate };

const EMAIL_DIR = path.join(TEMPLATES_DIR, 'email');

/** Handlebars with the shared layout; templates are compiled once per process. */
const handlebars = Handlebars.create();
handlebars.registerPartial('layout', fs.readFileSync(path.join(EMAIL_DIR, 'partials', 'layout.hbs'), 'utf8'));
const compiled = new Map<string, Compiled>();

const load = (name: string): Compiled => {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Bad email template name "${name}"`);
  const cached = compiled.get(name);
  if (cached) return cached;
  const read = (part: string) => fs.readFileSync(path.join(EMAIL_DIR, name, `${part}.hbs`), 'utf8');
  const template = {
    subject: handlebars.compile(read('subject'), { noEscape: true }),
    html: handlebars.compile(read('html')),
    text: handlebars.compile(read('text'), { noEscape: true }),
  };
  compiled.set(name, template);
  return template;
};

export const renderEmail = (name: string, data: Record<string, unknown>): RenderedEmail => {
  const template = load(name);
  const subject = template.subject(data).trim();
  return { subject, html: template.html({ ...data, subject }), text: template.text(data) };
};
