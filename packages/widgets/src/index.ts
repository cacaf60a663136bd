// Widgets land with their issue; this package already depends on core.
export {};
