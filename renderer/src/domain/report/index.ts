export * from './cei';
export * from './monthlyReport';
export * from './movement';
export * from './period';
export * from './promises';
export * from './text';
export * from './ticks';
