/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in portal user, or null. */
    user: { id: number; email: string; username: string } | null;
    /** The user's JWT, read from the httpOnly session cookie; never sent to the browser's scripts. */
    token: string | null;
    /** Resident (tenant, occupant, customer contact, owner) or vendor: which pages and navigation they get. */
    audience: import('./lib/server/audience').Audience;
    /** For a vendor: how many offers wait for an answer. */
    openOffers: number;
    /** Every membership of the user whose portal is open, with the features live there. */
    places: import('./lib/portal-types').Place[];
    /** The user's locations, and the one they are looking at. */
    locations: import('./lib/server/places').CurrentLocation[];
    location: import('./lib/server/places').CurrentLocation | null;
  }
}
