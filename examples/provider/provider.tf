terraform {
  required_providers {
    canopywave = {
      source  = "canopywave/canopywave"
      version = "~> 0.1"
    }
  }
}

# The API key is read from CANOPYWAVE_API_KEY, so it stays out of the configuration.
# Resources and data sources that set no project or region of their own use these.
provider "canopywave" {
  project = "alice@example.com"
  region  = "sequoia"
}
