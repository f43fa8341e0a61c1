import { sql, type Kysely } from 'kysely';

/** Frozen: identification and exit procedures, their steps and objections, village quotas, sampling exercises. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('procedures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('current_step', 'text')
    .addColumn('current_step_id', 'text')
    .addColumn('previous_status', 'text', (c) => c.notNull())
    .addColumn('outcome_reason', 'text')
    .addColumn('opened_on', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('opened_by_name', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('procedures_village_idx').on('procedures').columns(['village_code', 'status', 'current_step']).execute();
  await db.schema.createIndex('procedures_household_idx').on('procedures').columns(['household_id', 'status']).execute();
  // At most one procedure in progress per household, whoever races to open it.
  await sql`create unique index procedures_open_household_idx on procedures (household_id) where status = 'inProgress'`.execute(db);

  await db.schema.createTable('procedure_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('notice_starts_on', 'text')
    .addColumn('notice_ends_on', 'text')
    .addColumn('decision', 'text')
    .addColumn('reason', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('recorded_at', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('procedure_steps_procedure_idx').on('procedure_steps').columns(['procedure_id', 'seq']).unique().execute();
  await db.schema.createIndex('procedure_steps_village_idx').on('procedure_steps').columns(['village_code', 'step', 'notice_starts_on']).execute();

  await db.schema.createTable('procedure_objections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('step_id', 'text', (c) => c.notNull().references('procedure_steps.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('objector', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('upheld_action', 'text')
    .addColumn('resolution', 'text')
    .addColumn('resolved_on', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_by_name', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_by_name', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('procedure_objections_procedure_idx').on('procedure_objections').columns(['procedure_id', 'status']).execute();

  await db.schema.createTable('village_quotas')
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('quota', 'integer', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('set_by_name', 'text', (c) => c.notNull())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_quotas_pk', ['village_code', 'year'])
    .execute();

  await db.schema.createTable('sampling_exercises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('sample_size', 'integer', (c) => c.notNull())
    .addColumn('ratios', 'text', (c) => c.notNull())
    .addColumn('strata', 'text', (c) => c.notNull())
    .addColumn('thresholds', 'text', (c) => c.notNull())
    .addColumn('poor_people', 'integer', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sampling_exercises_region_idx').on('sampling_exercises').columns(['region_code', 'year']).execute();

  await db.schema.createTable('sampled_households')
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('sampling_exercises.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('stratum', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('member_count', 'integer', (c) => c.notNull())
    .addColumn('is_wrongly_exited', 'integer')
    .addColumn('is_missed', 'integer')
    .addColumn('approves', 'integer')
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_by_name', 'text')
    .addColumn('recorded_at', 'text')
    .addPrimaryKeyConstraint('sampled_households_pk', ['exercise_id', 'household_id'])
    .execute();
  await db.schema.createIndex('sampled_households_position_idx').on('sampled_households').columns(['exercise_id', 'position']).execute();
}
