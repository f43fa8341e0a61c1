import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { DiscrepancyKind } from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';

interface CrossCheck {
  feedKind: string;
  /** Feed codes that make the registry's value wrong. */
  codes: readonly string[];
  /** The registry's value shown beside the feed's. */
  registryValue: RawBuilder<string>;
  /** True when the registry disagrees with the feed. */
  disagrees: Expression<SqlBool>;
}

const IN_SCHOOL_EXCLUDED = ['notInSchool', 'dropout'];

/** The cross-checks between department feeds and the registry, each a condition on the member's latest feed record. */
const CROSS_CHECKS: Readonly<Record<DiscrepancyKind, CrossCheck>> = {
  dibaoNotInRegistry: {
    feedKind: 'socialAssistanceRoll', codes: ['dibao'],
    registryValue: sql<string>`'receivesDibao=' || cast(m.receives_dibao as text)`, disagrees: sql<SqlBool>`m.receives_dibao = 0`,
  },
  extremePovertyNotInRegistry: {
    feedKind: 'socialAssistanceRoll', codes: ['extremePovertySupport'],
    registryValue: sql<string>`'receivesExtremePovertySupport=' || cast(m.receives_extreme_poverty_support as text)`,
    disagrees: sql<SqlBool>`m.receives_extreme_poverty_support = 0`,
  },
  enrolledButDropout: {
    feedKind: 'schoolEnrolment', codes: ['dropout'],
    registryValue: sql<string>`m.school_status`, disagrees: sql<SqlBool>`m.school_status not in (${sql.join(IN_SCHOOL_EXCLUDED)})`,
  },
  deceasedNotInRegistry: {
    feedKind: 'deaths', codes: [],
    registryValue: sql<string>`'isDeceased=' || cast(m.is_deceased as text)`, disagrees: sql<SqlBool>`m.is_deceased = 0`,
  },
  disabilityNotInRegistry: {
    feedKind: 'disabilityRegistrations', codes: [],
    registryValue: sql<string>`m.disability_grade`, disagrees: sql<SqlBool>`m.disability_grade = 'none'`,
  },
  dangerousHousingNotInRegistry: {
    feedKind: 'housingGrades', codes: ['C', 'D'],
    registryValue: sql<string>`coalesce(h.housing_grade, '')`, disagrees: sql<SqlBool>`coalesce(h.housing_grade, 'A') in ('A', 'B')`,
  },
};

function discrepancies(db: Db, actor: Actor, kind: DiscrepancyKind, region: string | undefined) {
  const check = CROSS_CHECKS[kind];
  let q = db.selectFrom('feedRecords as r')
    .innerJoin('members as m', 'm.id', 'r.memberId').innerJoin('households as h', 'h.id', 'r.householdId')
    .where('r.kind', '=', check.feedKind).where(inActorRegion(actor, 'r', region))
    .where('m.movedOutOn', 'is', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('feedRecords as l').select('l.id')
      .whereRef('l.memberId', '=', 'r.memberId').where('l.kind', '=', check.feedKind).whereRef('l.eventDate', '>', 'r.eventDate'))))
    .where(check.disagrees);
  if (check.codes.length > 0) q = q.where('r.code', 'in', [...check.codes]);
  return { q, check };
}

export async function findDiscrepancies(db: Db, actor: Actor, kind: DiscrepancyKind, region: string | undefined, limit: number, offset = 0) {
  const { q, check } = discrepancies(db, actor, kind, region);
  const [count, rows] = await Promise.all([
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirst(),
    q.select([
      'r.householdId', 'h.householdNo', 'r.villageCode', 'r.memberId', 'm.name as memberName', 'm.idMasked', 'r.code', 'r.eventDate', 'r.batchId',
      check.registryValue.as('registryValue'),
    ]).orderBy('r.villageCode').orderBy('h.householdNo').orderBy('r.memberId').limit(limit).offset(offset).execute(),
  ]);
  return { total: Number(count?.n ?? 0), rows };
}
