import { SchemaRegistry, type JsonSchema } from '../core/schema-registry';
import { componentName, schemaComponents } from './schema-components';

const base = 'https://lgsp-sim.local/schemas/';

describe('schemaComponents', () => {
  const person: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${base}demo/person.request.json`,
    type: 'object',
    properties: {
      name: { type: 'string', 'x-wire-format': 'as written on the ID card' },
      address: { $ref: '#/$defs/address' },
      tsType: { type: 'string', description: 'a property that happens to be called tsType' },
    },
    $defs: { address: { type: 'string' } },
  };
  const family: JsonSchema = {
    $id: `${base}demo/family.request.json`,
    type: 'object',
    properties: { head: { $ref: 'person.request.json' }, street: { $ref: `${base}demo/person.request.json#/$defs/address` } },
  };
  const components = schemaComponents(new SchemaRegistry([person, family]));

  it('names components after the path below schemas/', () => {
    expect(componentName(`${base}dkdn/chiTietDoanhNghiep.request.json`)).toBe('dkdn.chiTietDoanhNghiep.request');
    expect(Object.keys(components)).toEqual(['demo.family.request', 'demo.person.request']);
  });

  it('drops $id and $schema, keeps x-wire-format and properties that merely share a keyword’s name', () => {
    const embedded = components['demo.person.request'] as Record<string, Record<string, Record<string, unknown>>>;
    expect(embedded).not.toHaveProperty('$id');
    expect(embedded).not.toHaveProperty('$schema');
    expect(embedded.properties?.name).toEqual({ type: 'string', 'x-wire-format': 'as written on the ID card' });
    expect(embedded.properties?.tsType).toEqual({ type: 'string', description: 'a property that happens to be called tsType' });
  });

  it('rewrites local, relative and absolute $refs to point inside the document', () => {
    const personProps = (components['demo.person.request'] as { properties: Record<string, unknown> }).properties;
    const familyProps = (components['demo.family.request'] as { properties: Record<string, unknown> }).properties;
    expect(personProps.address).toEqual({ $ref: '#/components/schemas/demo.person.request/$defs/address' });
    expect(familyProps.head).toEqual({ $ref: '#/components/schemas/demo.person.request' });
    expect(familyProps.street).toEqual({ $ref: '#/components/schemas/demo.person.request/$defs/address' });
  });
});
