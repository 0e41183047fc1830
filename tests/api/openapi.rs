//! `GET /openapi.json`: the contract as OpenAPI 3, generated from the code. (Conformance of
//! every answer to it is checked by scripts/schemathesis.sh.)

use serde_json::Value;

use crate::support::{config, spawn_api};

#[tokio::test]
async fn the_openapi_document_describes_the_contract() {
    let app = spawn_api(config(&[])).await;
    let response = app.http.get(app.url("/openapi.json")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let doc: Value = response.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."), "{doc}");
    let submit = &doc["paths"]["/jobs"]["post"];
    assert!(submit["responses"]["401"].is_object());
    assert!(submit["responses"]["429"]["headers"]["Retry-After"].is_object());
    let body = &doc["components"]["schemas"]["SubmitRequest"];
    assert_eq!(body["additionalProperties"], false, "unknown fields are refused");
    assert_eq!(body["required"], serde_json::json!(["code"]));
    assert!(doc["components"]["securitySchemes"]["api_key"].is_object());
    // Both job routes take the key when keys are configured, and need none otherwise.
    let either = serde_json::json!([{}, {"api_key": []}]);
    assert_eq!(submit["security"], either, "{submit}");
    assert_eq!(doc["paths"]["/jobs/{id}"]["get"]["security"], either);
}
