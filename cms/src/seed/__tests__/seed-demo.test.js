'use strict';

const { seedDemo } = require('../seed-demo');

describe('demo data', () => {
  const original = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = original;
  });

  it('is never seeded in production, even if called', async () => {
    process.env.NODE_ENV = 'production';
    const untouchable = new Proxy({}, { get: () => { throw new Error('seeding touched Strapi'); } });
    await expect(seedDemo(untouchable)).rejects.toThrow('never seeded in production');
  });
});
