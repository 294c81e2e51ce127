import path from 'node:path';

/** The plugin's root folder, from the compiled dist/server/ this file runs from. */
export const PLUGIN_ROOT = path.resolve(__dirname, '..', '..');
export const TEMPLATES_DIR = path.join(PLUGIN_ROOT, 'templates');
