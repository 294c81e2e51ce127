/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in portal user, or null. */
    user: { id: number; email: string; username: string } | null;
    /** The user's JWT, read from the httpOnly session cookie; never sent to the browser's scripts. */
    token: string | null;
  }
}
