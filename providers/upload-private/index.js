'use strict';

/**
 * A Strapi upload provider for files that must not be public: residents' photos, inspection
 * images, documents. Files are written outside Strapi's public folder; Strapi asks `getSignedUrl`
 * for every link it hands out (the admin's media library too), and the app's /private-files route
 * serves a file only for a valid, unexpired signature (see signing.js and serve.js).
 */
const fs = require('node:fs');
const path = require('node:path');
const { pipeline } = require('node:stream/promises');
const { ROUTE_PREFIX, signedPath } = require('./signing');

const fileName = (file) => `${file.hash}${file.ext}`;

module.exports = {
  init({ directory, baseUrl, secret, ttlSeconds = 900 }) {
    if (!directory || !secret) throw new Error('The private upload provider needs a directory and a secret');
    fs.mkdirSync(directory, { recursive: true });
    const target = (file) => path.join(directory, fileName(file));
    const stored = (file) => {
      // The canonical address, which by itself opens nothing; links handed out are signed.
      file.url = `${ROUTE_PREFIX}${fileName(file)}`;
    };

    return {
      async uploadStream(file) {
        if (!file.stream) throw new Error('Missing file stream');
        await pipeline(file.stream, fs.createWriteStream(target(file)));
        stored(file);
      },

      async upload(file) {
        if (!file.buffer) throw new Error('Missing file buffer');
        await fs.promises.writeFile(target(file), file.buffer);
        stored(file);
      },

      async delete(file) {
        await fs.promises.rm(target(file), { force: true });
      },

      isPrivate() {
        return true;
      },

      getSignedUrl(file) {
        return { url: `${baseUrl ?? ''}${signedPath({ secret, name: fileName(file), ttlSeconds })}` };
      },
    };
  },
};
