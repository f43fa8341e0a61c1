export * from './alkire-foster.ts';
export * from './fgt.ts';
