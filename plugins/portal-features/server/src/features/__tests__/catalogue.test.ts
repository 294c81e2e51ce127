import { defaultFeatureSettings, liveFeatures, readFeatureSettings } from '../catalogue';

const allOff = readFeatureSettings({});

describe('portal feature switches', () => {
  it('gives a new location only Service Request and Elapsed Time', () => {
    const on = Object.entries(defaultFeatureSettings()).filter(([, value]) => value).map(([key]) => key);
    expect(on).toEqual(['service-request', 'elapsed-time']);
  });

  it('reads a location saved before switches existed as the defaults, so an upgrade takes nothing away', () => {
    expect(readFeatureSettings(null)).toEqual(defaultFeatureSettings());
  });

  it('reads a feature missing from saved switches, or not exactly true, as off', () => {
    expect(readFeatureSettings({ 'supply-request': 'yes', feedback: true })).toEqual({ ...allOff, feedback: true });
  });

  it('reads switches stored as JSON text', () => {
    expect(readFeatureSettings('{"surveys":true}')).toEqual({ ...allOff, surveys: true });
  });

  it.each([
    [true, true, ['service-request', 'elapsed-time']],
    [false, true, []],
    [true, false, []],
  ])('with the customer portal %s and the location portal %s, the live features are %j', (customerPortal, locationPortal, expected) => {
    expect(liveFeatures({ customerPortal, locationPortal, features: defaultFeatureSettings() })).toEqual(expected);
  });
});
