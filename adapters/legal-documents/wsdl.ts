import { SOAP_NAMESPACE, SOAP_OPERATIONS } from './soap-operations';

const XSD: Record<string, string> = {
  int: '<s:element minOccurs="1" maxOccurs="1" name="{n}" type="s:int" />',
  strings: '<s:element minOccurs="0" maxOccurs="1" name="{n}" type="tns:ArrayOfString" />',
  ints: '<s:element minOccurs="0" maxOccurs="1" name="{n}" type="tns:ArrayOfInt" />',
};

/**
 * The service description at `?WSDL`: a SOAP 1.1 and a SOAP 1.2 binding, document/literal, each with
 * a port at `address` (the 1.1 port first, the one clients such as zeep take by default).
 * Results are typed loosely (any content) since their full field lists are unpublished.
 */
export function wsdl(address: string): string {
  const ops = Object.entries(SOAP_OPERATIONS);
  const elements = ops
    .map(([op, spec]) => {
      const params = Object.entries(spec.parameters)
        .map(([n, kind]) => XSD[kind].replace('{n}', n))
        .join('');
      return (
        `<s:element name="${op}"><s:complexType><s:sequence>${params}</s:sequence></s:complexType></s:element>` +
        `<s:element name="${op}Response"><s:complexType><s:sequence><s:element minOccurs="0" maxOccurs="1" name="${op}Result"><s:complexType mixed="true"><s:sequence><s:any /></s:sequence></s:complexType></s:element></s:sequence></s:complexType></s:element>`
      );
    })
    .join('');
  const types =
    `<wsdl:types><s:schema elementFormDefault="qualified" targetNamespace="${SOAP_NAMESPACE}">${elements}` +
    '<s:complexType name="ArrayOfString"><s:sequence><s:element minOccurs="0" maxOccurs="unbounded" name="string" nillable="true" type="s:string" /></s:sequence></s:complexType>' +
    '<s:complexType name="ArrayOfInt"><s:sequence><s:element minOccurs="0" maxOccurs="unbounded" name="int" type="s:int" /></s:sequence></s:complexType>' +
    '<s:element name="UserDetails" type="tns:UserDetails" /><s:complexType name="UserDetails"><s:sequence><s:element minOccurs="0" maxOccurs="1" name="userName" type="s:string" /><s:element minOccurs="0" maxOccurs="1" name="password" type="s:string" /></s:sequence><s:anyAttribute /></s:complexType>' +
    '</s:schema></wsdl:types>';
  const messages = ops
    .map(
      ([op, spec]) =>
        `<wsdl:message name="${op}SoapIn"><wsdl:part name="parameters" element="tns:${op}" /></wsdl:message><wsdl:message name="${op}SoapOut"><wsdl:part name="parameters" element="tns:${op}Response" /></wsdl:message>` +
        (spec.login ? `<wsdl:message name="${op}UserDetails"><wsdl:part name="UserDetails" element="tns:UserDetails" /></wsdl:message>` : ''),
    )
    .join('');
  const portType = ops
    .map(([op]) => `<wsdl:operation name="${op}"><wsdl:input message="tns:${op}SoapIn" /><wsdl:output message="tns:${op}SoapOut" /></wsdl:operation>`)
    .join('');
  // One binding per SOAP version, as ASMX describes a service: the same operations and SOAPActions.
  const binding = (name: string, soap: string): string =>
    `<wsdl:binding name="${name}" type="tns:VBQPPLSoap"><${soap}:binding transport="http://schemas.xmlsoap.org/soap/http" />` +
    ops
      .map(([op, spec]) => {
        const header = spec.login ? `<${soap}:header message="tns:${op}UserDetails" part="UserDetails" use="literal" />` : '';
        return `<wsdl:operation name="${op}"><${soap}:operation soapAction="${SOAP_NAMESPACE}${op}" style="document" /><wsdl:input><${soap}:body use="literal" />${header}</wsdl:input><wsdl:output><${soap}:body use="literal" /></wsdl:output></wsdl:operation>`;
      })
      .join('') +
    '</wsdl:binding>';
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<wsdl:definitions xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/" xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:tns="${SOAP_NAMESPACE}" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" targetNamespace="${SOAP_NAMESPACE}">` +
    `${types}${messages}<wsdl:portType name="VBQPPLSoap">${portType}</wsdl:portType>` +
    binding('VBQPPLSoap', 'soap') +
    binding('VBQPPLSoap12', 'soap12') +
    '<wsdl:service name="VBQPPL">' +
    `<wsdl:port name="VBQPPLSoap" binding="tns:VBQPPLSoap"><soap:address location="${address}" /></wsdl:port>` +
    `<wsdl:port name="VBQPPLSoap12" binding="tns:VBQPPLSoap12"><soap12:address location="${address}" /></wsdl:port>` +
    '</wsdl:service></wsdl:definitions>'
  );
}
