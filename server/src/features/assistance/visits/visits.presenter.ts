import type { VisitPhotoTable } from '../../../db/tables/assistance.tables.ts';
import type { VisitWithNames } from './visits.repository.ts';
import type { VisitView } from './visits.schemas.ts';

export function presentVisit(row: VisitWithNames, photos: readonly VisitPhotoTable[]): VisitView {
  return {
    id: row.id,
    householdId: row.householdId,
    villageCode: row.villageCode,
    cadreId: row.cadreId,
    cadreName: row.cadreName,
    visitedBy: row.visitedBy,
    visitedByName: row.visitedByName,
    visitDate: row.visitDate,
    purpose: row.purpose,
    notes: row.notes,
    latitude: row.latitude,
    longitude: row.longitude,
    householdSigned: row.householdSigned === 1,
    followUp: row.followUp,
    followUpDue: row.followUpDue,
    followUpDoneAt: row.followUpDoneAt,
    photos: photos.filter((p) => p.visitId === row.id).map((p) => ({ id: p.id, contentType: p.contentType, sizeBytes: p.sizeBytes })),
    createdAt: row.createdAt,
  };
}
