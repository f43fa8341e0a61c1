import { sql, type Kysely } from 'kysely';
import { addSerialKey, MONEY } from '../dialect.ts';

/** Frozen: regions, settings, users and access, the registry, change history and the audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .execute();
  await db.schema.createIndex('regions_parent_idx').on('regions').columns(['parent_code', 'code']).execute();
  await db.schema.createIndex('regions_name_idx').on('regions').column('name').execute();

  await db.schema.createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('department', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('last_login_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema.createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema.createTable('login_failures')
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_ip_idx').on('login_failures').columns(['ip', 'at']).execute();

  await db.schema.createTable('households')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('household_no', 'text', (c) => c.notNull().unique())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('village_group', 'text')
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('bank_account_enc', 'text')
    .addColumn('bank_account_masked', 'text')
    .addColumn('head_member_id', 'text')
    .addColumn('head_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('member_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('household_type', 'text', (c) => c.notNull())
    .addColumn('identification_standard', 'text', (c) => c.notNull())
    .addColumn('poverty_status', 'text', (c) => c.notNull())
    .addColumn('year_identified', 'integer')
    .addColumn('year_exited', 'integer')
    .addColumn('main_cause', 'text')
    .addColumn('other_causes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('is_military_family', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_single_child_family', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('relocation_kind', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('relocation_place', 'text')
    .addColumn('housing_grade', 'text')
    .addColumn('housing_renovated_year', 'integer')
    .addColumn('is_water_safe', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('has_sanitary_toilet', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_cooperative_member', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('has_electricity', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('road_distance_km', 'real')
    .addColumn('cultivated_land_mu', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('irrigated_land_mu', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('forest_mu', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('grassland_mu', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('households_village_idx').on('households').columns(['village_code', 'household_no']).execute();
  await db.schema.createIndex('households_head_name_idx').on('households').columns(['head_name', 'village_code']).execute();
  await db.schema.createIndex('households_status_idx').on('households').columns(['poverty_status', 'village_code']).execute();

  await db.schema.createTable('members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_number_enc', 'text', (c) => c.notNull())
    .addColumn('id_hash', 'text', (c) => c.notNull())
    .addColumn('id_masked', 'text', (c) => c.notNull())
    .addColumn('id_tail', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('relation_to_head', 'text', (c) => c.notNull())
    .addColumn('ethnicity', 'text', (c) => c.notNull().defaultTo('01'))
    .addColumn('education', 'text')
    .addColumn('school_status', 'text', (c) => c.notNull().defaultTo('notInSchool'))
    .addColumn('school_grade', 'integer')
    .addColumn('health_status', 'text', (c) => c.notNull().defaultTo('healthy'))
    .addColumn('disability_grade', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('labor_capacity', 'text', (c) => c.notNull())
    .addColumn('employment_kind', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('employment_place', 'text')
    .addColumn('employed_months', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('employment_income', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('has_medical_insurance', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('has_pension_insurance', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('has_commercial_insurance', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('receives_dibao', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('receives_extreme_poverty_support', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('phone', 'text')
    .addColumn('is_deceased', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('moved_in_on', 'text')
    .addColumn('moved_out_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('members_household_idx').on('members').column('household_id').execute();
  // One person is in at most one household at a time.
  await db.schema.createIndex('members_id_hash_current_uq').on('members').column('id_hash').unique()
    .where(sql.ref('moved_out_on'), 'is', null).execute();
  await db.schema.createIndex('members_id_tail_idx').on('members').columns(['id_tail', 'village_code']).execute();

  await db.schema.createTable('incomes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('household_size', 'integer', (c) => c.notNull())
    .addColumn('wage_income', MONEY, (c) => c.notNull())
    .addColumn('business_income', MONEY, (c) => c.notNull())
    .addColumn('business_costs', MONEY, (c) => c.notNull())
    .addColumn('property_income', MONEY, (c) => c.notNull())
    .addColumn('transfer_income', MONEY, (c) => c.notNull())
    .addColumn('transfer_items', 'text', (c) => c.notNull())
    .addColumn('medical_expenses', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('schooling_expenses', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('net_income', MONEY, (c) => c.notNull())
    .addColumn('net_income_per_capita', MONEY, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('incomes_household_year_uq', ['household_id', 'year'])
    .execute();
  await db.schema.createIndex('incomes_village_year_idx').on('incomes').columns(['village_code', 'year']).execute();

  await db.schema.createTable('basic_needs_checks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('checked_on', 'text', (c) => c.notNull())
    .addColumn('food', 'text', (c) => c.notNull())
    .addColumn('clothing', 'text', (c) => c.notNull())
    .addColumn('compulsory_education', 'text', (c) => c.notNull())
    .addColumn('medical_insurance', 'text', (c) => c.notNull())
    .addColumn('housing_safety', 'text', (c) => c.notNull())
    .addColumn('drinking_water_safety', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('checked_by', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('basic_needs_household_idx').on('basic_needs_checks').columns(['household_id', 'checked_on']).execute();

  await addSerialKey(db, db.schema.createTable('record_changes'), 'seq')
    .addColumn('household_id', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('record_changes_household_idx').on('record_changes').columns(['household_id', 'seq']).execute();
  await db.schema.createIndex('record_changes_entity_idx').on('record_changes').columns(['entity_type', 'changed_at']).execute();

  await addSerialKey(db, db.schema.createTable('audit_log'), 'seq')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('region_code', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity_type', 'entity_id']).execute();
}
