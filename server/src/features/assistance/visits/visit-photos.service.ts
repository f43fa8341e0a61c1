import fs from 'node:fs/promises';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../app-context.ts';
import { recordAudit } from '../../../audit/audit.service.ts';
import { AppError } from '../../../errors/app-error.ts';
import { requireAssistanceWritableHousehold } from '../assistance-access.ts';
import { findPhotoInScope, findPhotos, insertPhoto } from './visits.repository.ts';
import { requireVisitView } from './visits.service.ts';
import type { VisitView } from './visits.schemas.ts';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const MAX_PHOTOS_PER_VISIT = 9;

/** The image type from the file's first bytes; the name and the declared type are not trusted. */
export function sniffImageType(bytes: Uint8Array): 'image/jpeg' | 'image/png' | 'image/webp' | undefined {
  const starts = (sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return undefined;
}

const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/** Stores a photo of a visit under the data directory (by village), after checking size and type. */
export async function addVisitPhoto(ctx: AppContext, actor: Actor, visitId: string, file: File): Promise<VisitView> {
  const visit = await requireVisitView(ctx, actor, visitId);
  await requireAssistanceWritableHousehold(ctx, actor, visit.householdId);
  if (file.size > MAX_PHOTO_BYTES) throw new AppError('PHOTO_REJECTED', `the photo is ${file.size} bytes; at most ${MAX_PHOTO_BYTES}`, { field: 'photo' });
  if (file.size === 0) throw new AppError('PHOTO_REJECTED', 'the photo is empty', { field: 'photo' });
  if ((await findPhotos(ctx.db, [visitId])).length >= MAX_PHOTOS_PER_VISIT) {
    throw new AppError('PHOTO_REJECTED', `a visit keeps at most ${MAX_PHOTOS_PER_VISIT} photos`, { field: 'photo' });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const contentType = sniffImageType(bytes);
  if (!contentType) throw new AppError('PHOTO_REJECTED', 'only JPEG, PNG and WebP photos are kept', { field: 'photo' });
  const id = uuidv7();
  const relative = path.join('visit-photos', visit.villageCode, `${id}.${EXTENSIONS[contentType]}`);
  const absolute = path.join(ctx.config.dataDir, relative);
  await fs.mkdir(path.dirname(absolute), { recursive: true });
  await fs.writeFile(absolute, bytes);
  const at = ctx.now().toISOString();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertPhoto(trx, { id, visitId, villageCode: visit.villageCode, contentType, sizeBytes: bytes.byteLength, storedPath: relative, createdAt: at });
      await recordAudit(trx, actor, { action: 'addPhoto', entityType: 'visit', entityId: visitId, regionCode: visit.villageCode, details: { photoId: id, sizeBytes: bytes.byteLength, contentType } }, at);
    });
  } catch (error) {
    await fs.rm(absolute, { force: true });
    throw error;
  }
  return requireVisitView(ctx, actor, visitId);
}

export async function readVisitPhoto(ctx: AppContext, actor: Actor, photoId: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; contentType: string }> {
  requirePermission(actor, 'registry:read');
  const photo = await findPhotoInScope(ctx.db, actor, photoId);
  if (!photo) throw new AppError('OUT_OF_SCOPE', `photo ${photoId} not found in your region`);
  const bytes = await fs.readFile(path.join(ctx.config.dataDir, photo.storedPath));
  return { bytes: new Uint8Array(bytes), contentType: photo.contentType };
}
