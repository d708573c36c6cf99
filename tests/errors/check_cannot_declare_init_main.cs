package main

var init = 1

const main = "main"
