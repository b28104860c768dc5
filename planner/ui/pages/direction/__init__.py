"""The strengths and specialisation page: a module per tab and the page that holds them."""
