'use strict';

/**
 * Builds the Strapi admin panel (with our plugins' admin pages) into cms/build.
 *
 * Strapi's `strapi build` command looks for a tsconfig.json from the app folder upwards, finds the
 * workspace's solution file at the repository root and tries to compile the (JavaScript) app with
 * it, which fails. Its Node API takes the tsconfig as an argument, so we call that with none. It
 * is not in the package's exports map, hence the path; @strapi/* versions are pinned exactly.
 */
const path = require('node:path');

const strapiRoot = path.dirname(require.resolve('@strapi/strapi/package.json'));
const { build } = require(path.join(strapiRoot, 'dist', 'src', 'node', 'build.js'));
const { createLogger } = require(path.join(strapiRoot, 'dist', 'src', 'cli', 'utils', 'logger.js'));

build({
  cwd: process.cwd(),
  logger: createLogger({ debug: false, silent: false, timestamp: false }),
  tsconfig: undefined,
  bundler: 'vite',
  minify: true,
  sourcemap: false,
  stats: false,
  installDeps: false,
}).then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
