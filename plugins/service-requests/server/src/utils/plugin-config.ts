import type { Core } from '@strapi/strapi';
import type { PluginConfig } from '../config';

export const pluginConfig = (strapi: Core.Strapi): PluginConfig =>
  strapi.config.get('plugin::service-requests') as PluginConfig;
