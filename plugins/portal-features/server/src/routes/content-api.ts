export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/me/places',
      handler: 'my-places.find',
      config: { policies: [] },
    },
  ],
};
