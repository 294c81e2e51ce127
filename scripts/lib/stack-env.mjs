import fs from 'node:fs/promises';
import path from 'node:path';
import { DATA_DIR } from './paths.mjs';

/** Where `npm start` records the database it started, so `npm run worker` can join it. */
export const STACK_FILE = path.join(DATA_DIR, 'stack.json');

export const writeStackFile = (stack) => fs.writeFile(STACK_FILE, JSON.stringify(stack, null, 2));

export const readStackFile = async () => JSON.parse(await fs.readFile(STACK_FILE, 'utf8').catch(() => '{}'));
