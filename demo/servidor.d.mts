import type { Server } from 'node:http';
/** Starts serving `carpeta` on localhost (next free port if taken; 0 = any). */
export function servir(carpeta: string, puerto?: number, intentos?: number): Promise<{ servidor: Server; url: string }>;
