import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const SITE_DIR = path.join(ROOT, 'site');
export const DATA_DIR = path.join(ROOT, '.data');
/** The project's own Node (24, from the `node` devDependency), whatever Node runs npm. */
export const NODE = process.execPath;
