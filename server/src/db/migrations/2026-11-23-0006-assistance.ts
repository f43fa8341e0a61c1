import type { Kysely } from 'kysely';
import { MONEY } from '../dialect.ts';

/**
 * Frozen: assistance — measures per household, cadres and their pairings, village work teams with
 * days in the village, visits with photos, and the configurable limits per region. Household-owned
 * rows carry the village code so region filters are index range scans.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('assistance_settings')
    .addColumn('region_code', 'text', (c) => c.primaryKey())
    .addColumn('max_pairing_load', 'integer', (c) => c.notNull())
    .addColumn('visit_backdate_days', 'integer', (c) => c.notNull())
    .addColumn('visit_interval_days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('assistance_measures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.references('members.id'))
    .addColumn('measure_type', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('amount', MONEY)
    .addColumn('in_kind', 'text')
    .addColumn('funding_source', 'text')
    .addColumn('provider_kind', 'text')
    .addColumn('provider_name', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('batch_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assistance_measures_household_idx').on('assistance_measures').columns(['household_id', 'measure_type', 'start_date']).execute();
  await db.schema.createIndex('assistance_measures_village_idx').on('assistance_measures').columns(['village_code', 'measure_type', 'status']).execute();

  await db.schema.createTable('cadres')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('position', 'text')
    .addColumn('phone', 'text')
    .addColumn('user_id', 'text', (c) => c.unique().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cadres_region_idx').on('cadres').columns(['region_code', 'name']).execute();

  await db.schema.createTable('pairings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cadre_id', 'text', (c) => c.notNull().references('cadres.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pairings_cadre_idx').on('pairings').columns(['cadre_id', 'start_date']).execute();
  await db.schema.createIndex('pairings_household_idx').on('pairings').columns(['household_id', 'start_date']).execute();
  await db.schema.createIndex('pairings_village_idx').on('pairings').columns(['village_code']).execute();

  await db.schema.createTable('work_teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('dispatching_unit', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('work_teams_village_idx').on('work_teams').columns(['village_code', 'start_date']).execute();

  await db.schema.createTable('work_team_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('work_teams.id'))
    .addColumn('cadre_id', 'text', (c) => c.notNull().references('cadres.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('team_role', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .execute();
  await db.schema.createIndex('work_team_members_team_idx').on('work_team_members').columns(['team_id', 'cadre_id']).execute();

  await db.schema.createTable('work_team_days')
    .addColumn('member_id', 'text', (c) => c.notNull().references('work_team_members.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_team_days_pk', ['member_id', 'month'])
    .execute();

  await db.schema.createTable('visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('cadre_id', 'text', (c) => c.references('cadres.id'))
    .addColumn('visited_by', 'text', (c) => c.notNull())
    .addColumn('visit_date', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .addColumn('household_signed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('follow_up', 'text')
    .addColumn('follow_up_due', 'text')
    .addColumn('follow_up_done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visits_household_idx').on('visits').columns(['household_id', 'visit_date']).execute();
  await db.schema.createIndex('visits_village_idx').on('visits').columns(['village_code', 'visit_date']).execute();
  await db.schema.createIndex('visits_cadre_idx').on('visits').columns(['cadre_id', 'visit_date']).execute();

  await db.schema.createTable('visit_photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('stored_path', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visit_photos_visit_idx').on('visit_photos').column('visit_id').execute();
}
