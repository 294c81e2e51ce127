import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { attachmentProblem, MAX_ATTACHMENTS } from '../domain/attachment-policy';
import { pluginConfig } from '../utils/plugin-config';

/** A file as the multipart body parser hands it over. */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

export interface StoredFile {
  id: number;
}

const detectType = async (filepath: string): Promise<string | undefined> => {
  const { fileTypeFromFile } = await import('file-type');
  return (await fileTypeFromFile(filepath))?.mime;
};

const attachments = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Refuses the whole set, with one message per bad file, before anything is stored. */
  async check(files: IncomingFile[]) {
    if (files.length > MAX_ATTACHMENTS) {
      throw new errors.ValidationError(`Attach at most ${MAX_ATTACHMENTS} files`, {
        errors: [{ path: ['attachments'], message: `Attach at most ${MAX_ATTACHMENTS} files`, name: 'ValidationError' }],
      });
    }
    const { uploadMaxBytes } = pluginConfig(strapi);
    const problems: string[] = [];
    for (const file of files) {
      const name = file.originalFilename || 'file';
      const problem = attachmentProblem({ name, size: file.size, detectedType: await detectType(file.filepath) }, uploadMaxBytes);
      if (problem) problems.push(problem);
    }
    if (problems.length > 0) {
      throw new errors.ValidationError(problems.join('; '), {
        errors: problems.map((message) => ({ path: ['attachments'], message, name: 'ValidationError' })),
      });
    }
  },

  async store(files: IncomingFile[]): Promise<StoredFile[]> {
    if (files.length === 0) return [];
    const uploaded = await strapi.plugin('upload').service('upload').upload({ data: {}, files });
    return (Array.isArray(uploaded) ? uploaded : [uploaded]).map((file: { id: number }) => ({ id: file.id }));
  },

  /**
   * The ticket with links its viewer can open: private files get a signed, short-lived URL.
   * Strapi's upload plugin signs them with the provider; the portal never sees a lasting link.
   */
  async withSignedLinks<T extends { attachments?: any[] }>(ticket: T): Promise<T> {
    if (!ticket.attachments?.length) return ticket;
    const files = strapi.plugin('upload').service('file');
    return { ...ticket, attachments: await Promise.all(ticket.attachments.map((file) => files.signFileUrls(file))) };
  },

  /** Removes files stored for a change that was then rolled back. */
  async discard(stored: StoredFile[]) {
    const upload = strapi.plugin('upload').service('upload');
    for (const { id } of stored) {
      const file = await upload.findOne(id);
      if (file) await upload.remove(file);
    }
  },
});

export type AttachmentsService = ReturnType<typeof attachments>;
export default attachments;
