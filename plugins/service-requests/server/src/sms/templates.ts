import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATES_DIR } from '../paths';

/** Two concatenated SMS segments: past this a text costs more and reads like a letter. */
export const MAX_SMS_LENGTH = 320;

const SMS_DIR = path.join(TEMPLATES_DIR, 'sms');

/** Plain text, so nothing is HTML-escaped; compiled once per process. */
const handlebars = Handlebars.create();
const compiled = new Map<string, Handlebars.TemplateDelegate>();

const load = (name: string): Handlebars.TemplateDelegate => {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Bad SMS template name "${name}"`);
  const cached = compiled.get(name);
  if (cached) return cached;
  const template = handlebars.compile(fs.readFileSync(path.join(SMS_DIR, `${name}.hbs`), 'utf8'), { noEscape: true });
  compiled.set(name, template);
  return template;
};

/**
 * Renders templates/sms/<name>.hbs. Templates are written to stay well under the limit; a long
 * value (a ticket summary, say) that pushes one over is cut rather than the text not being sent,
 * and `clipped` tells the caller so it can be logged.
 */
export const renderSms = (name: string, data: Record<string, unknown>): { body: string; clipped: boolean } => {
  const body = load(name)(data).trim();
  // Counted in characters, not UTF-16 units, so an emoji is never cut in half.
  const characters = Array.from(body);
  if (characters.length <= MAX_SMS_LENGTH) return { body, clipped: false };
  return { body: `${characters.slice(0, MAX_SMS_LENGTH - 3).join('').trimEnd()}...`, clipped: true };
};
