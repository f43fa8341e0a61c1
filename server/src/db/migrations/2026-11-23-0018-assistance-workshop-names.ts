import type { Kysely } from 'kysely';
import { renameConstraint, renameIndex } from '../dialect.ts';

/**
 * Frozen: the 扶贫车间 tables take the glossary's name, `assistanceWorkshop`, like the API and the
 * code already do — `workshops`, `workshop_workers` and `workshop_subsidies` become
 * `assistance_workshops`, `assistance_workshop_workers` and `assistance_workshop_subsidies`, their
 * `workshop_id` columns `assistance_workshop_id`, and their indexes and constraints follow. Rows are
 * kept as they are; the engines rewrite the foreign keys that point at a renamed table or column.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workshops').renameTo('assistance_workshops').execute();
  await db.schema.alterTable('workshop_workers').renameTo('assistance_workshop_workers').execute();
  await db.schema.alterTable('workshop_subsidies').renameTo('assistance_workshop_subsidies').execute();
  await db.schema.alterTable('assistance_workshop_workers').renameColumn('workshop_id', 'assistance_workshop_id').execute();
  await db.schema.alterTable('assistance_workshop_subsidies').renameColumn('workshop_id', 'assistance_workshop_id').execute();

  await renameIndex(db, 'workshops_village_idx', 'assistance_workshops_village_idx', { table: 'assistance_workshops', columns: ['village_code', 'name'] });
  await renameIndex(db, 'workshop_workers_workshop_idx', 'assistance_workshop_workers_assistance_workshop_idx', {
    table: 'assistance_workshop_workers', columns: ['assistance_workshop_id', 'started_on'],
  });
  await renameIndex(db, 'workshop_workers_village_idx', 'assistance_workshop_workers_village_idx', { table: 'assistance_workshop_workers', columns: ['village_code', 'member_id'] });
  // One claim per workshop and year: a second is a duplicate subsidy.
  await renameIndex(db, 'workshop_subsidies_year_uq', 'assistance_workshop_subsidies_year_uq', {
    table: 'assistance_workshop_subsidies', columns: ['assistance_workshop_id', 'year'], isUnique: true,
  });
  await renameIndex(db, 'workshop_subsidies_village_idx', 'assistance_workshop_subsidies_village_idx', { table: 'assistance_workshop_subsidies', columns: ['village_code', 'year'] });

  await renameConstraint(db, 'assistance_workshops', 'workshops_pkey', 'assistance_workshops_pkey');
  await renameConstraint(db, 'assistance_workshop_workers', 'workshop_workers_pkey', 'assistance_workshop_workers_pkey');
  await renameConstraint(db, 'assistance_workshop_workers', 'workshop_workers_household_id_fkey', 'assistance_workshop_workers_household_id_fkey');
  await renameConstraint(db, 'assistance_workshop_workers', 'workshop_workers_member_id_fkey', 'assistance_workshop_workers_member_id_fkey');
  await renameConstraint(db, 'assistance_workshop_workers', 'workshop_workers_workshop_id_fkey', 'assistance_workshop_workers_assistance_workshop_id_fkey');
  await renameConstraint(db, 'assistance_workshop_subsidies', 'workshop_subsidies_pkey', 'assistance_workshop_subsidies_pkey');
  await renameConstraint(db, 'assistance_workshop_subsidies', 'workshop_subsidies_workshop_id_fkey', 'assistance_workshop_subsidies_assistance_workshop_id_fkey');
}
