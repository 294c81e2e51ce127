/**
 * What a portal user may attach to a report: photos and documents, judged by their content
 * (the first bytes), never by the name or the type the browser claims.
 */
export const ALLOWED_ATTACHMENT_TYPES: Record<string, string> = {
  'image/jpeg': 'JPEG photo',
  'image/png': 'PNG image',
  'image/webp': 'WebP image',
  'image/heic': 'HEIC photo',
  'application/pdf': 'PDF document',
};

export const MAX_ATTACHMENTS = 5;

export interface AttachmentCheck {
  name: string;
  size: number;
  /** The type detected from the content; undefined when the content is not recognised. */
  detectedType: string | undefined;
}

export const attachmentProblem = (file: AttachmentCheck, maxBytes: number): string | null => {
  if (file.size === 0) return `"${file.name}" is empty`;
  if (file.size > maxBytes) {
    return `"${file.name}" is ${formatSize(file.size)}; the limit is ${formatSize(maxBytes)}`;
  }
  if (!file.detectedType || !(file.detectedType in ALLOWED_ATTACHMENT_TYPES)) {
    return `"${file.name}" is not a photo (JPEG, PNG, WebP, HEIC) or a PDF document`;
  }
  return null;
};

const MB = 1024 * 1024;

/** Sizes as people read them: "257 KB", "10 MB", "12.5 MB". */
export const formatSize = (bytes: number) =>
  bytes < MB ? `${Math.ceil(bytes / 1024)} KB` : `${Number((bytes / MB).toFixed(1))} MB`;
