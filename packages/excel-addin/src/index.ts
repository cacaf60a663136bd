// The Excel add-in lands with its issue; this package already depends on core.
export {};
