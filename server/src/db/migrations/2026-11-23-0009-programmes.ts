import type { CreateTableBuilder, Kysely } from 'kysely';
import { MONEY } from '../dialect.ts';

/**
 * Frozen: the programmes behind the measures — jobs held, public welfare posts, assistance
 * workshops with their workers and wage-subsidy claims, training records, microloans with their
 * instalments and repayments, and education aid paid. Every row carries the village code of the
 * household (or workshop) it belongs to; `measure_id` links a record to the household measure
 * that shows it in the assistance plan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const memberRecord = <T extends string>(table: CreateTableBuilder<T, never>) => table
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('measure_id', 'text');
  const stamps = <T extends string, C extends string>(table: CreateTableBuilder<T, C>) => table
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());

  await stamps(memberRecord(db.schema.createTable('member_jobs'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('employer', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('months', 'integer', (c) => c.notNull())
    .addColumn('income', MONEY, (c) => c.notNull()))
    .execute();
  await db.schema.createIndex('member_jobs_village_year_idx').on('member_jobs').columns(['village_code', 'year']).execute();
  await db.schema.createIndex('member_jobs_member_idx').on('member_jobs').columns(['member_id', 'year']).execute();

  await stamps(memberRecord(db.schema.createTable('public_welfare_posts'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('duty', 'text')
    .addColumn('monthly_allowance', MONEY, (c) => c.notNull())
    .addColumn('funding_source', 'text')
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text'))
    .execute();
  await db.schema.createIndex('public_welfare_posts_village_idx').on('public_welfare_posts').columns(['village_code', 'started_on']).execute();
  await db.schema.createIndex('public_welfare_posts_member_idx').on('public_welfare_posts').column('member_id').execute();

  await stamps(db.schema.createTable('workshops')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('operator', 'text', (c) => c.notNull())
    .addColumn('industry', 'text')
    .addColumn('contact', 'text')
    .addColumn('opened_on', 'text', (c) => c.notNull()))
    .execute();
  await db.schema.createIndex('workshops_village_idx').on('workshops').columns(['village_code', 'name']).execute();

  await stamps(memberRecord(db.schema.createTable('workshop_workers'))
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id'))
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('monthly_wage', MONEY, (c) => c.notNull()))
    .execute();
  await db.schema.createIndex('workshop_workers_workshop_idx').on('workshop_workers').columns(['workshop_id', 'started_on']).execute();
  await db.schema.createIndex('workshop_workers_village_idx').on('workshop_workers').columns(['village_code', 'member_id']).execute();

  await db.schema.createTable('workshop_subsidies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('qualifying_workers', 'integer', (c) => c.notNull())
    .addColumn('worker_total', MONEY, (c) => c.notNull())
    .addColumn('employer_total', MONEY, (c) => c.notNull())
    .addColumn('workers', 'text', (c) => c.notNull())
    .addColumn('policy_values', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text', (c) => c.notNull())
    .execute();
  // One claim per workshop and year: a second is a duplicate subsidy.
  await db.schema.createIndex('workshop_subsidies_year_uq').on('workshop_subsidies').columns(['workshop_id', 'year']).unique().execute();
  await db.schema.createIndex('workshop_subsidies_village_idx').on('workshop_subsidies').columns(['village_code', 'year']).execute();

  await stamps(memberRecord(db.schema.createTable('training_records'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('course', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text', (c) => c.notNull())
    .addColumn('hours', 'integer', (c) => c.notNull())
    .addColumn('has_certificate', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('subsidy', MONEY, (c) => c.notNull().defaultTo(0)))
    .execute();
  await db.schema.createIndex('training_records_village_idx').on('training_records').columns(['village_code', 'started_on']).execute();
  await db.schema.createIndex('training_records_member_idx').on('training_records').column('member_id').execute();

  await stamps(memberRecord(db.schema.createTable('microloans'))
    .addColumn('principal', MONEY, (c) => c.notNull())
    .addColumn('term_months', 'integer', (c) => c.notNull())
    .addColumn('annual_rate_basis_points', 'integer', (c) => c.notNull())
    .addColumn('interest_subsidy_basis_points', 'integer', (c) => c.notNull())
    .addColumn('repayment_method', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('lender', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('applied_on', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('disbursed_on', 'text')
    .addColumn('maturity_on', 'text')
    .addColumn('settled_on', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)))
    .execute();
  await db.schema.createIndex('microloans_village_idx').on('microloans').columns(['village_code', 'status']).execute();
  await db.schema.createIndex('microloans_household_idx').on('microloans').column('household_id').execute();

  await db.schema.createTable('microloan_instalments')
    .addColumn('loan_id', 'text', (c) => c.notNull().references('microloans.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('principal_due', MONEY, (c) => c.notNull())
    .addColumn('interest_due', MONEY, (c) => c.notNull())
    .addColumn('interest_subsidy', MONEY, (c) => c.notNull())
    .addPrimaryKeyConstraint('microloan_instalments_pk', ['loan_id', 'seq'])
    .execute();
  await db.schema.createIndex('microloan_instalments_village_idx').on('microloan_instalments').columns(['village_code', 'due_on']).execute();

  await db.schema.createTable('microloan_repayments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('loan_id', 'text', (c) => c.notNull().references('microloans.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('principal', MONEY, (c) => c.notNull())
    .addColumn('interest', MONEY, (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('microloan_repayments_loan_idx').on('microloan_repayments').columns(['loan_id', 'paid_on']).execute();

  await stamps(memberRecord(db.schema.createTable('education_aid_payments'))
    .addColumn('school_year', 'integer', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('amount', MONEY, (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('funding_source', 'text'))
    .execute();
  // The same aid item for the same student and school year is paid once: a second is a duplicate subsidy.
  await db.schema.createIndex('education_aid_payments_uq').on('education_aid_payments').columns(['member_id', 'school_year', 'item']).unique().execute();
  await db.schema.createIndex('education_aid_payments_village_idx').on('education_aid_payments').columns(['village_code', 'school_year']).execute();
}
