import { attachmentProblem, formatSize } from '../attachment-policy';

const TEN_MB = 10 * 1024 * 1024;

describe('what a portal user may attach', () => {
  it('accepts a photo under the limit', () => {
    expect(attachmentProblem({ name: 'leak.jpg', size: 2_000_000, detectedType: 'image/jpeg' }, TEN_MB)).toBeNull();
  });

  it('accepts a PDF document', () => {
    expect(attachmentProblem({ name: 'quote.pdf', size: 50_000, detectedType: 'application/pdf' }, TEN_MB)).toBeNull();
  });

  it('refuses content it does not recognise, whatever the name says', () => {
    expect(attachmentProblem({ name: 'photo.png', size: 100, detectedType: undefined }, TEN_MB)).toBe(
      '"photo.png" is not a photo (JPEG, PNG, WebP, HEIC) or a PDF document',
    );
  });

  it('refuses recognised but unwanted types', () => {
    expect(attachmentProblem({ name: 'tool.zip', size: 100, detectedType: 'application/zip' }, TEN_MB)).toMatch(/is not a photo/);
  });

  it('names the size and the limit of a file that is too large', () => {
    expect(attachmentProblem({ name: 'video.png', size: TEN_MB + 1, detectedType: 'image/png' }, TEN_MB)).toBe(
      '"video.png" is 10 MB; the limit is 10 MB',
    );
    expect(formatSize(TEN_MB + 600_000)).toBe('10.6 MB');
  });

  it('refuses an empty file', () => {
    expect(attachmentProblem({ name: 'empty.jpg', size: 0, detectedType: undefined }, TEN_MB)).toBe('"empty.jpg" is empty');
  });
});
