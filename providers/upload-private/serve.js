'use strict';

/**
 * The Koa handler behind GET /private-files/:name. It needs no login: the signature in the link is
 * the permission, given only to someone allowed to see the file, and it expires.
 */
const fs = require('node:fs');
const path = require('node:path');
const { linkProblem } = require('./signing');

const servePrivateFiles = ({ directory, secret }) => async (ctx) => {
  const { name } = ctx.params;
  const problem = linkProblem({ secret, name, expires: ctx.query.expires, signature: ctx.query.signature });
  if (problem) {
    ctx.status = 403;
    ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'This link is not valid or has expired' } };
    return;
  }
  const file = path.join(directory, name);
  const stat = await fs.promises.stat(file).catch(() => null);
  if (!stat?.isFile()) {
    ctx.status = 404;
    ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'File not found' } };
    return;
  }
  ctx.type = path.extname(name);
  ctx.length = stat.size;
  ctx.set('cache-control', 'private, max-age=300');
  ctx.set('x-content-type-options', 'nosniff');
  ctx.body = fs.createReadStream(file);
};

module.exports = { servePrivateFiles };
