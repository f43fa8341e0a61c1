import { sql, type Kysely } from 'kysely';

/**
 * Monitoring cases (防返贫监测对象): one row per case with its current step and dates, and one row
 * per step (owed or decided, with who, when, decision and reason). At most one open case per
 * household; a risk that returns after a case closed opens a new case.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('monitoring_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('risks', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('trigger_note', 'text')
    .addColumn('discovered_on', 'text', (c) => c.notNull())
    .addColumn('green_channel', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('current_step', 'text')
    .addColumn('step_started_on', 'text')
    .addColumn('step_due_on', 'text')
    .addColumn('decision_due_on', 'text', (c) => c.notNull())
    .addColumn('included_on', 'text')
    .addColumn('measure_due_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('elimination_kind', 'text')
    .addColumn('closed_by_name', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('previous_case_id', 'text')
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('opened_by_name', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('monitoring_cases_open_uq').on('monitoring_cases').column('household_id').unique()
    .where(sql.ref('state'), 'in', ['alerted', 'verifying', 'included']).execute();
  await db.schema.createIndex('monitoring_cases_sequence_uq').on('monitoring_cases').columns(['household_id', 'sequence']).unique().execute();
  await db.schema.createIndex('monitoring_cases_region_idx').on('monitoring_cases').columns(['village_code', 'state', 'discovered_on']).execute();

  await db.schema.createTable('monitoring_case_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('monitoring_cases.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('owner_role', 'text', (c) => c.notNull())
    .addColumn('owner_level', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('reason', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_by_name', 'text')
    .execute();
  await db.schema.createIndex('monitoring_case_steps_case_idx').on('monitoring_case_steps').columns(['case_id', 'started_on']).execute();
}
