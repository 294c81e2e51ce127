'use strict';

const { linkProblem, signedPath } = require('../signing');

const secret = 'test-secret';
const now = Date.parse('2026-11-22T12:00:00Z');
const parse = (link) => {
  const url = new URL(link, 'http://x');
  return { name: decodeURIComponent(url.pathname.split('/').pop()), expires: url.searchParams.get('expires'), signature: url.searchParams.get('signature') };
};

describe('signed links to private files', () => {
  const link = parse(signedPath({ secret, name: 'leak_abc123.png', ttlSeconds: 900, now }));

  it('opens the file it was made for until it expires', () => {
    expect(linkProblem({ secret, ...link, now })).toBeNull();
    expect(linkProblem({ secret, ...link, now: now + 899_000 })).toBeNull();
    expect(linkProblem({ secret, ...link, now: now + 901_000 })).toBe('expired');
  });

  it('cannot be pointed at another file or given a later expiry', () => {
    expect(linkProblem({ secret, ...link, name: 'other_abc123.png', now })).toBe('bad signature');
    expect(linkProblem({ secret, ...link, expires: String(Number(link.expires) + 3600), now })).toBe('bad signature');
  });

  it('refuses a link signed with another secret, or none', () => {
    expect(linkProblem({ secret: 'another', ...link, now })).toBe('bad signature');
    expect(linkProblem({ secret, ...link, signature: undefined, now })).toBe('bad signature');
  });

  it('refuses names that could leave the folder', () => {
    expect(linkProblem({ secret, ...link, name: '../secrets.json', now })).toBe('bad name');
    expect(linkProblem({ secret, ...link, name: '.env', now })).toBe('bad name');
  });
});
