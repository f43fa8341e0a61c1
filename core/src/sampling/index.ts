export * from './stratified-sample.ts';
export * from './exit-quality-rates.ts';
