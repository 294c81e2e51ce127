import bootstrap from './bootstrap';
import register from './register';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default {
  bootstrap,
  register,
  contentTypes,
  controllers,
  routes,
  services,
};
