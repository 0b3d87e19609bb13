// axios's Node build imports the form-data package only to build multipart bodies. orderform
// sends JSON and nothing else, and axios accepts Node's own (spec) FormData where it needs one,
// so the build maps form-data here instead of bundling it with mime-types and its 200 KB database.
module.exports = globalThis.FormData;
